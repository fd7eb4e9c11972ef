import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge

from src.config import PROCESSED

rides = pd.read_pickle(PROCESSED)
X_train, X_test, y_train, y_test = train_test_split(rides[["temp", "humidity", "windspeed"]], rides["count"])
print(make_pipeline(StandardScaler(), Ridge()).fit(X_train, y_train).score(X_test, y_test))
