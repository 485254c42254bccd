"""Pure domain: models, scoring, screening and tailoring. Standard library only."""
