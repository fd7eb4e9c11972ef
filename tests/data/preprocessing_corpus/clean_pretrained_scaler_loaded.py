import joblib
import numpy as np
from sklearn.model_selection import train_test_split

scaler = joblib.load("scaler_fitted_on_2019_data.joblib")
X = scaler.transform(np.load("X_2020.npy"))
y = np.load("y_2020.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
model = joblib.load("model.joblib")
model.fit(X_train, y_train)
print(model.score(X_test, y_test))
