import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import KFold
from sklearn.svm import SVR

X = np.load("X.npy")
y = np.load("y.npy")
prep = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
prep.fit(X)
Xp = prep.transform(X)
errors = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=0).split(Xp):
    reg = SVR().fit(Xp[tr], y[tr])
    errors.append(np.mean((reg.predict(Xp[te]) - y[te]) ** 2))
print(np.mean(errors))
