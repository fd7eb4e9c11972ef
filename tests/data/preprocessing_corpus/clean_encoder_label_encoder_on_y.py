import numpy as np
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X = np.load("iris_features.npy")
species = np.load("iris_species.npy", allow_pickle=True)
y = LabelEncoder().fit_transform(species)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
print(SVC().fit(X_train, y_train).score(X_test, y_test))
