// A correct learner's step-1 algorithm solutions in JavaScript (CommonJS).
'use strict';

function twoSum(nums, target) {
  const indexOf = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (indexOf.has(target - nums[i])) return [indexOf.get(target - nums[i]), i];
    indexOf.set(nums[i], i);
  }
  return [];
}

function containsDuplicate(nums) {
  return new Set(nums).size !== nums.length;
}

function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const counts = new Map();
  for (const c of s) counts.set(c, (counts.get(c) || 0) + 1);
  for (const c of t) {
    if (!counts.get(c)) return false;
    counts.set(c, counts.get(c) - 1);
  }
  return true;
}

function firstUniqueChar(s) {
  const counts = new Map();
  for (const c of s) counts.set(c, (counts.get(c) || 0) + 1);
  for (let i = 0; i < s.length; i++) if (counts.get(s[i]) === 1) return i;
  return -1;
}

function majorityElement(nums) {
  let candidate = null;
  let votes = 0;
  for (const x of nums) {
    if (votes === 0) candidate = x;
    votes += x === candidate ? 1 : -1;
  }
  return candidate;
}

function moveZeroes(nums) {
  const kept = nums.filter((x) => x !== 0);
  return kept.concat(new Array(nums.length - kept.length).fill(0));
}

function maxProfit(prices) {
  let best = 0;
  let lowest = Infinity;
  for (const p of prices) {
    lowest = Math.min(lowest, p);
    best = Math.max(best, p - lowest);
  }
  return best;
}

function missingNumber(nums) {
  const n = nums.length;
  return (n * (n + 1)) / 2 - nums.reduce((a, b) => a + b, 0);
}

module.exports = {
  twoSum, containsDuplicate, isAnagram, firstUniqueChar, majorityElement, moveZeroes, maxProfit, missingNumber,
};
