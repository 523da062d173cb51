// Public entry of lifecycle/ (filled in as the module grows).
export {};
