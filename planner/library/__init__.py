"""Exercise files -> core models: schema, a loader that collects every problem, and search."""
