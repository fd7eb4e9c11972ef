import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR

power = pd.read_csv("ccpp.csv")
centre = lambda v, m=power["AT"].mean(): v - m
power["AT"] = power["AT"].map(centre)
X_train, X_test, y_train, y_test = train_test_split(power[["AT", "V", "AP"]], power["PE"], test_size=0.2)
print(SVR().fit(X_train, y_train).score(X_test, y_test))
