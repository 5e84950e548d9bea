"""Use cases, one module each: what a command does, in terms of the engine, rules, site and git records."""
