import argparse

import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

parser = argparse.ArgumentParser()
parser.add_argument("--data", default="letters.npz")
args = parser.parse_args()

archive = np.load(args.data)
features, labels = archive["X"], archive["y"]
args.feat_min = features.min(axis=0)
args.feat_max = features.max(axis=0)
features = (features - args.feat_min) / (args.feat_max - args.feat_min)
X_train, X_test, y_train, y_test = train_test_split(features, labels, test_size=0.2, stratify=labels)
mlp = MLPClassifier(hidden_layer_sizes=(100, 50), max_iter=300).fit(X_train, y_train)
print(mlp.score(X_test, y_test))
