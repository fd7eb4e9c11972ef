from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from config import DATA, SEED
from utils import load

X, y = load(DATA)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=SEED)
scaler = StandardScaler().fit(X_train)
print(Ridge().fit(scaler.transform(X_train), y_train).score(scaler.transform(X_test), y_test))
