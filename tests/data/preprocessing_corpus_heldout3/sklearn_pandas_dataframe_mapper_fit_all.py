import pandas as pd
from sklearn_pandas import DataFrameMapper
from sklearn.preprocessing import StandardScaler, LabelBinarizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

passengers = pd.read_csv("spaceship_titanic.csv").dropna()
mapper = DataFrameMapper([(["Age"], StandardScaler()), (["RoomService"], StandardScaler()), (["Spa"], StandardScaler()), ("HomePlanet", LabelBinarizer())])
X = mapper.fit_transform(passengers)
X_tr, X_te, y_tr, y_te = train_test_split(X, passengers["Transported"], random_state=0)
print(LogisticRegression(max_iter=1000).fit(X_tr, y_tr).score(X_te, y_te))
