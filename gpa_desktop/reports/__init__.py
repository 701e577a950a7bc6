"""PDF reports in the official layout (Decree 30/2020), with verification codes."""
