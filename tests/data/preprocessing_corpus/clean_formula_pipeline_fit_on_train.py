import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

X = np.load("pixels.npy")
y = np.load("digits.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
pipe = Pipeline([("scale", StandardScaler()), ("pca", PCA(30)), ("lr", LogisticRegression(max_iter=1000))])
pipe.fit(X_train, y_train)
print(pipe.score(X_test, y_test))
