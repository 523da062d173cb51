// sharp as this package uses it, with libvips' operation cache off. Every page arrives as new
// bytes, so in service the cache never answers a load; it only holds up to 50 MB of decoded
// images. Left on, it also answered the bench's second pass over the same corpus buffers from
// memory — ~20 % of cleanup's CPU that no upload ever saves (imaging/README, round 3).
import sharp from 'sharp';

sharp.cache(false);

export default sharp;
