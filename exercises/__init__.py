"""Step data: instructions, questions, datasets and starter files, validated when loaded."""
