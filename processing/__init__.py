"""The Processing provider 'clearground' and its algorithms (thin adapters over core and workspace)."""
