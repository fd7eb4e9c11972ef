import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.model_selection import train_test_split
from sklearn.ensemble import AdaBoostRegressor

cols = ["cement", "slag", "ash", "water", "superplastic", "coarseagg", "fineagg", "age"]
concrete = pd.read_csv("concrete.csv")
scalers = {}
for col in cols:
    scalers[col] = MinMaxScaler()
    concrete[col] = scalers[col].fit_transform(concrete[[col]])
X_train, X_test, y_train, y_test = train_test_split(concrete[cols], concrete["strength"], test_size=0.2)
print(AdaBoostRegressor().fit(X_train, y_train).score(X_test, y_test))
