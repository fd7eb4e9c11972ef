import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import LinearRegression

co2 = pd.read_csv("FuelConsumptionCo2.csv")
print(f"engine size: mean {co2['ENGINESIZE'].mean():.2f}, sd {co2['ENGINESIZE'].std():.2f}")
print(f"CO2: median {co2['CO2EMISSIONS'].median()} g/km over {len(co2)} cars")
for col in ["CYLINDERS", "FUELCONSUMPTION_COMB"]:
    print(f"{col}: {co2[col].min()}..{co2[col].max()}")

X = co2[["ENGINESIZE", "CYLINDERS", "FUELCONSUMPTION_COMB"]]
X_train, X_test, y_train, y_test = train_test_split(X, co2["CO2EMISSIONS"], test_size=0.2, random_state=4)
reg = make_pipeline(RobustScaler(), LinearRegression()).fit(X_train, y_train)
print("test R2", reg.score(X_test, y_test))
