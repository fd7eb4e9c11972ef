import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

energy = pd.read_csv("energydata_complete.csv").drop(columns="date")
y = np.log(energy.pop("Appliances"))
X_train, X_test, y_train, y_test = train_test_split(energy, y, test_size=0.2, random_state=77)

gbm = GradientBoostingRegressor(n_estimators=300, random_state=77).fit(X_train, y_train)
top = X_train.columns[np.argsort(gbm.feature_importances_)[-10:]]
svr = make_pipeline(StandardScaler(), SVR(C=3.0)).fit(X_train[top], y_train)
print("test R2 with 10 columns", svr.score(X_test[top], y_test))
