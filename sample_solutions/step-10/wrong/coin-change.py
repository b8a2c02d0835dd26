def coin_change(coins, amount):
    # Greedy: the biggest coin first.
    count = 0
    for coin in sorted(coins, reverse=True):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1
