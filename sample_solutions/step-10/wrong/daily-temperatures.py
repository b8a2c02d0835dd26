def daily_temperatures(temps):
    # Treats an equal temperature as warmer.
    answer, waiting = [0] * len(temps), []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] <= t:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
