import numpy as np
from sklearn.neural_network import MLPClassifier

X = np.load("letters_features.npy")
y = np.load("letters_labels.npy")
X = X / 15.0  # features are integers 0..15
mlp = MLPClassifier(hidden_layer_sizes=(128,), early_stopping=True, validation_fraction=0.15, max_iter=300)
mlp.fit(X, y)
print("best validation score", mlp.best_validation_score_)
