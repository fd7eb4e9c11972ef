"""Step 2: train and evaluate on the prepared features."""
import joblib
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

X, y = joblib.load("data/processed/features.joblib")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

model = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05)
model.fit(X_train, y_train)
print("MAE:", mean_absolute_error(y_test, model.predict(X_test)))
print("R^2:", model.score(X_test, y_test))
print("features:", X.shape[1], "train rows:", len(X_train), "test rows:", len(X_test))
