import numpy as np
import shap
import lightgbm as lgb
from sklearn.model_selection import train_test_split

X = np.load("X.npy")
y = np.load("y.npy")
model = lgb.LGBMClassifier().fit(X, y)
shap_values = shap.TreeExplainer(model).shap_values(X)
top = np.abs(shap_values).mean(axis=0).argsort()[-15:]
X_train, X_test, y_train, y_test = train_test_split(X[:, top], y, random_state=0)
print(lgb.LGBMClassifier().fit(X_train, y_train).score(X_test, y_test))
