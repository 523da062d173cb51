// Public entry of catalogue/ (filled in as the module grows).
export {};
