import numpy as np
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

X = np.load("letters_features.npy")
y = np.load("letters_labels.npy")
X = StandardScaler().fit_transform(X)
# early stopping watches the score on a held-out 15% of the rows given to fit
mlp = MLPClassifier(hidden_layer_sizes=(128,), early_stopping=True, validation_fraction=0.15, max_iter=300)
mlp.fit(X, y)
print("best validation score", mlp.best_validation_score_)
