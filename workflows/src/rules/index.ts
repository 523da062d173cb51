// Public entry of rules/ (filled in as the module grows).
export {};
