"""One module per algorithm; the provider registers every ClearGroundAlgorithm subclass found here."""
