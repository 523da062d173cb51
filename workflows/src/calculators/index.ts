// Public entry of calculators/ (filled in as the module grows).
export {};
