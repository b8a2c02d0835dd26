// A correct learner's step-10 solutions in JavaScript (CommonJS).
'use strict';

function lengthOfLongestSubstring(s) {
  const last = new Map();
  let start = 0;
  let best = 0;
  const chars = Array.from(s);
  chars.forEach((c, i) => {
    if (last.has(c) && last.get(c) >= start) start = last.get(c) + 1;
    last.set(c, i);
    best = Math.max(best, i - start + 1);
  });
  return best;
}

function longestPalindrome(s) {
  const grow = (lo, hi) => {
    while (lo >= 0 && hi < s.length && s[lo] === s[hi]) {
      lo--;
      hi++;
    }
    return hi - lo - 1;
  };
  let best = 0;
  for (let i = 0; i < s.length; i++) best = Math.max(best, grow(i, i), grow(i, i + 1));
  return best;
}

function maxSubarray(nums) {
  let best = nums[0];
  let current = nums[0];
  for (let i = 1; i < nums.length; i++) {
    current = Math.max(nums[i], current + nums[i]);
    best = Math.max(best, current);
  }
  return best;
}

function subarraySum(nums, k) {
  const counts = new Map([[0, 1]]);
  let total = 0;
  let answer = 0;
  for (const x of nums) {
    total += x;
    answer += counts.get(total - k) || 0;
    counts.set(total, (counts.get(total) || 0) + 1);
  }
  return answer;
}

function maxArea(heights) {
  let i = 0;
  let j = heights.length - 1;
  let best = 0;
  while (i < j) {
    best = Math.max(best, (j - i) * Math.min(heights[i], heights[j]));
    if (heights[i] < heights[j]) i++;
    else j--;
  }
  return best;
}

function dailyTemperatures(temps) {
  const answer = new Array(temps.length).fill(0);
  const waiting = [];
  temps.forEach((t, day) => {
    while (waiting.length && temps[waiting[waiting.length - 1]] < t) {
      const earlier = waiting.pop();
      answer[earlier] = day - earlier;
    }
    waiting.push(day);
  });
  return answer;
}

function treeDiameter(root) {
  let best = 0;
  const height = (node) => {
    if (!node) return 0;
    const left = height(node.left);
    const right = height(node.right);
    best = Math.max(best, left + right);
    return 1 + Math.max(left, right);
  };
  height(root);
  return best;
}

function levelOrder(root) {
  const levels = [];
  let level = root ? [root] : [];
  while (level.length) {
    levels.push(level.map((node) => node.val));
    level = level.flatMap((node) => [node.left, node.right].filter(Boolean));
  }
  return levels;
}

function adjacency(n, edges) {
  const graph = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) {
    graph[u].push(v);
    graph[v].push(u);
  }
  return graph;
}

function countComponents(n, edges) {
  const graph = adjacency(n, edges);
  const seen = new Uint8Array(n);
  let components = 0;
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    components++;
    seen[start] = 1;
    const stack = [start];
    while (stack.length) {
      for (const v of graph[stack.pop()]) {
        if (!seen[v]) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
  }
  return components;
}

function shortestPath(n, edges, source, target) {
  const graph = adjacency(n, edges);
  const distance = new Int32Array(n).fill(-1);
  distance[source] = 0;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const v of graph[u]) {
      if (distance[v] === -1) {
        distance[v] = distance[u] + 1;
        queue.push(v);
      }
    }
  }
  return distance[target];
}

function canFinish(n, prerequisites) {
  const after = Array.from({ length: n }, () => []);
  const needs = new Array(n).fill(0);
  for (const [course, before] of prerequisites) {
    after[before].push(course);
    needs[course]++;
  }
  const ready = [];
  for (let c = 0; c < n; c++) if (needs[c] === 0) ready.push(c);
  let done = 0;
  while (ready.length) {
    const c = ready.pop();
    done++;
    for (const next of after[c]) if (--needs[next] === 0) ready.push(next);
  }
  return done === n;
}

function coinChange(coins, amount) {
  const best = new Array(amount + 1).fill(Infinity);
  best[0] = 0;
  for (let value = 1; value <= amount; value++) {
    for (const coin of coins) {
      if (coin <= value && best[value - coin] + 1 < best[value]) best[value] = best[value - coin] + 1;
    }
  }
  return best[amount] === Infinity ? -1 : best[amount];
}

module.exports = {
  lengthOfLongestSubstring, longestPalindrome, maxSubarray, subarraySum, maxArea, dailyTemperatures,
  treeDiameter, levelOrder, countComponents, shortestPath, canFinish, coinChange,
};
