import pandas as pd
import typer
from sklearn.impute import KNNImputer

app = typer.Typer()


@app.command()
def impute(src: str = "data/raw/patients.csv", dst: str = "data/interim/patients_imputed.csv"):
    df = pd.read_csv(src)
    cols = ["bmi", "glucose", "bp"]
    df[cols] = KNNImputer(n_neighbors=7).fit_transform(df[cols])
    df.to_csv(dst, index=False)


if __name__ == "__main__":
    app()
