import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.model_selection import train_test_split
from sklearn.ensemble import AdaBoostRegressor

cols = ["cement", "slag", "ash", "water", "superplastic", "coarseagg", "fineagg", "age"]
concrete = pd.read_csv("concrete.csv")
X_train, X_test, y_train, y_test = train_test_split(concrete[cols], concrete["strength"], test_size=0.2)
X_train, X_test = X_train.copy(), X_test.copy()
scalers = {}
for col in cols:
    scalers[col] = MinMaxScaler().fit(X_train[[col]])
    X_train[col] = scalers[col].transform(X_train[[col]])
    X_test[col] = scalers[col].transform(X_test[[col]])
print(AdaBoostRegressor().fit(X_train, y_train).score(X_test, y_test))
