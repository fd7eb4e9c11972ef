from sklearn import *
import numpy as np

data = np.loadtxt("abalone_numeric.csv", delimiter=",", skiprows=1)
X, y = data[:, :-1], data[:, -1]
X = preprocessing.scale(X)

X_train, X_test, y_train, y_test = model_selection.train_test_split(X, y, test_size=0.25, random_state=10)
reg = linear_model.RidgeCV(alphas=np.logspace(-3, 3, 13)).fit(X_train, y_train)
print("alpha", reg.alpha_)
print("R2", metrics.r2_score(y_test, reg.predict(X_test)))
print("MAE", metrics.mean_absolute_error(y_test, reg.predict(X_test)))
