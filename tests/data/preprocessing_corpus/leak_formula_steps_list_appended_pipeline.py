import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

USE_PCA = True
X = np.load("madelon_X.npy")
y = np.load("madelon_y.npy")
steps = [("scale", StandardScaler())]
if USE_PCA:
    steps.append(("pca", PCA(n_components=20)))
prep = Pipeline(steps)
X_prep = prep.fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_prep, y, test_size=0.25, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
