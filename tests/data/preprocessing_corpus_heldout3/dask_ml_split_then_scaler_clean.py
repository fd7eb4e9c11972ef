import dask.dataframe as dd
from dask_ml.preprocessing import StandardScaler
from dask_ml.model_selection import train_test_split
from dask_ml.linear_model import LinearRegression

flights = dd.read_csv("airline_ontime_2008_*.csv", usecols=["DepDelay", "Distance", "TaxiOut", "ArrDelay"]).dropna()
X = flights[["DepDelay", "Distance", "TaxiOut"]].to_dask_array(lengths=True)
y = flights["ArrDelay"].to_dask_array(lengths=True)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.1, random_state=0)
sc = StandardScaler().fit(X_tr)
print(LinearRegression().fit(sc.transform(X_tr), y_tr).score(sc.transform(X_te), y_te))
