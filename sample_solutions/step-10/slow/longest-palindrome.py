def longest_palindrome(s):
    best = 0
    for i in range(len(s)):
        for j in range(i, len(s)):
            part = s[i:j + 1]
            if all(part[k] == part[-1 - k] for k in range(len(part) // 2)):
                best = max(best, len(part))
    return best
