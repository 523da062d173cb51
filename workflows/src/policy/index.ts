// Public entry of policy/ (filled in as the module grows).
export {};
