import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error

concrete = pd.read_csv("concrete_data.csv")
corr_with_strength = concrete.corr()["Strength"].drop("Strength").abs()
best_cols = corr_with_strength.nlargest(4).index.tolist()

X_train, X_test, y_train, y_test = train_test_split(concrete[best_cols], concrete["Strength"], test_size=0.2, random_state=21)
lin = LinearRegression().fit(X_train, y_train)
print(best_cols, "test MSE", mean_squared_error(y_test, lin.predict(X_test)))
