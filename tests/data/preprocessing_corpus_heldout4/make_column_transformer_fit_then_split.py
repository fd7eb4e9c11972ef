import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import MinMaxScaler
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

sat = pd.read_csv("airline_passenger_satisfaction.csv").dropna()
numeric = ["Age", "Flight Distance", "Departure Delay in Minutes", "Arrival Delay in Minutes"]
prep = make_column_transformer((MinMaxScaler(), numeric), remainder="drop")
prep.fit(sat)

train, test = train_test_split(sat, test_size=0.2, random_state=0)
mlp = MLPClassifier(hidden_layer_sizes=(64,), max_iter=300).fit(prep.transform(train), train["satisfaction"])
print("test accuracy", mlp.score(prep.transform(test), test["satisfaction"]))
