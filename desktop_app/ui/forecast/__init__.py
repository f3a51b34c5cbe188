"""Forecast: until when the credit lasts, what expires unused, how much to buy."""
