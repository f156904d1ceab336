"""conduct: cited guidance on UK council codes of conduct."""
