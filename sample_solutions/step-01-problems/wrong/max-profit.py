def max_profit(prices):
    # Highest minus lowest, even when the lowest comes later.
    return max(prices) - min(prices) if prices else 0
