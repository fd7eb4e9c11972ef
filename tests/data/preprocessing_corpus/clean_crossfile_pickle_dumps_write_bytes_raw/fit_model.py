from pathlib import Path
import pickle

from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler

ARTIFACTS = Path("artifacts")
features, target = pickle.loads((ARTIFACTS / "features.pkl").read_bytes())
X_tr, X_te, y_tr, y_te = train_test_split(features, target, random_state=42)
scaler = RobustScaler().fit(X_tr)
model = HistGradientBoostingRegressor().fit(scaler.transform(X_tr), y_tr)
print("R2", model.score(scaler.transform(X_te), y_te))
