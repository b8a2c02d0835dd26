def daily_temperatures(temps):
    answer = []
    for i, t in enumerate(temps):
        wait = 0
        for j in range(i + 1, len(temps)):
            if temps[j] > t:
                wait = j - i
                break
        answer.append(wait)
    return answer
