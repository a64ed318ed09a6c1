// Placeholder removed as the module grows.
