import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

cars = pd.read_csv("auto_mpg.csv").dropna()
print(f"mpg mean {cars['mpg'].mean():.2f}, std {cars['mpg'].std():.2f}")
print(f"weight range {cars['weight'].min()} - {cars['weight'].max()}")
summary = {c: round(cars[c].median(), 1) for c in ["horsepower", "weight", "acceleration"]}
print("medians:", summary)

X = cars[["cylinders", "displacement", "horsepower", "weight", "acceleration", "model_year"]]
X_train, X_test, y_train, y_test = train_test_split(X, cars["mpg"], test_size=0.2, random_state=2)
gbr = GradientBoostingRegressor().fit(X_train, y_train)
print(f"test R2 {gbr.score(X_test, y_test):.3f}")
