def can_finish(n, prerequisites):
    taken = set()
    while len(taken) < n:
        progress = False
        for course in range(n):
            if course not in taken and all(b in taken for a, b in prerequisites if a == course):
                taken.add(course)
                progress = True
        if not progress:
            return False
    return True
