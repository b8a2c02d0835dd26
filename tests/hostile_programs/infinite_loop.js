// Spins forever: the wall-clock limit must stop it.
for (;;) {}
