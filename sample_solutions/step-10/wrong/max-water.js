// Counts the lines between the two, not the distance: (j - i - 1).
function maxArea(heights) {
  let best = 0;
  for (let i = 0, j = heights.length - 1; i < j;) {
    best = Math.max(best, (j - i - 1) * Math.min(heights[i], heights[j]));
    if (heights[i] < heights[j]) i++;
    else j--;
  }
  return best;
}
